"""A board that breaks one of its own rules, said with its template and values kept apart.

The model has no catalogue (it sits below the text layer), so it raises the English template
and the values it names; storage's validation message puts the template through the catalogue
in the reader's language. `str()` is the English sentence, for logs and for pydantic.
"""


class BrokenRule(ValueError):
    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = {name: repr(value) for name, value in values.items()}
        super().__init__(template.format(**self.values))
