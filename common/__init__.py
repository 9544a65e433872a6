"""Values and words the presenter and the voting server share: the deck as the server
needs it, tallies, whole percentages, the language of a talk. Standard library only.
"""
