"""YAML for decks: PyYAML's safe loader, minus YAML 1.1's yes/no/on/off booleans.

In a deck `language: no` means Norwegian and a poll option `- No` means "No";
PyYAML would read both as false. Only true/false are booleans here (as in YAML 1.2).
"""
from __future__ import annotations

import re

import yaml

YAMLError = yaml.YAMLError


class DeckYamlLoader(yaml.SafeLoader):
    """SafeLoader whose booleans are only true / false."""


DeckYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
DeckYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def load(text: str):
    return yaml.load(text, Loader=DeckYamlLoader)
