"""Words too common in workshop notes, in English and in Welsh, to name a theme.

Two lists each: the function words (the, and, yn, mae), and the everyday words that turn up on
every wall without saying what a note is about: verbs of telling and going ("tell", "back",
"went"), family and people ("Mam", "mum", "someone"), small numbers and time fillers. Left in,
they made themes such as "Tell", "Back" and "Mam" out of notes that had nothing else in common.
Accents are already folded ("tŷ" is "ty"), as the words are compared after folding.
"""

_ENGLISH_FUNCTION = """a about above after again all also am an and any are as at be because
    been before being below between both but by can cannot could did do does doing don done down
    during each either even every few for from further get gets got had has have having he her
    here hers herself him himself his how i if in into is it its itself just let lets like lot
    lots made make makes many may me might more most much must my myself need needs neither no
    nor not now of off on once one only onto or other others our ours out over own per quite
    rather really same see she should since so some such than that the their theirs them then
    there these they thing things this those though through till to too under until up upon us
    use used very via want wants was way we well were what whatever when where whether which
    while who whom whose why will with within without would yes yet you your yours yourself"""
_ENGLISH_EVERYDAY = """ago always another anyone anything around asked away back bit came come
    comes coming day days did didn doesn don everybody everyone everything ever five four gave
    give given gives go goes going gone good great isn keep kept know knew known last left less
    little look looked lots maybe mum mom mother dad father nan gran never new next nobody none
    nothing often okay old put said say saying says seem seems someone somebody something
    sometimes start still sure take taken takes tell telling tells ten thanks think thought
    three told took try tried two wasn went won wouldn yeah first
    today yesterday tomorrow morning hour hours minute minutes week weeks month months year years"""
_WELSH_FUNCTION = """a ac ag am an ar at bod bydd byddai chi cyn dan dros drwy dw dwi dy ddim
    dim e ef efo ei eich ein er eu fe fel fi fo fy gan gall gyda hefyd heb hi hon hun hwn hwy
    hyd hyn hynny i iawn mae maen maer mewn mi mor na nad neu ni nid nhw o oedd oes ond os pa
    pam pan pawb pob rhaid rhywbeth roedd rwy rydw rydyn sut sy sydd tan ti trwy un wedi wrth y
    yma ymlaen yn yna yr yw ydy ydw ydyn"""
_WELSH_EVERYDAY = """achos cael dad dau dod eisiau gallu gwneud llawer mam mynd nain newydd
    peth pethau rhaid taid tad tri wnes wnaeth"""

STOP_WORDS = frozenset(
    word
    for words in (_ENGLISH_FUNCTION, _ENGLISH_EVERYDAY, _WELSH_FUNCTION, _WELSH_EVERYDAY)
    for word in words.split()
)
