"""Dot voting: the voting actions, panel, results and the round dialog."""
