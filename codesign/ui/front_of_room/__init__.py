"""The front of the room: projector, presentation, presenting window, timer, spotlight,
frame list and the participant PIN.
"""
