"""YAML for decks: PyYAML's safe loader, minus YAML 1.1's yes/no/on/off booleans.

In a deck `language: no` means Norwegian and a poll option `- No` means "No";
PyYAML would read both as false. Only true/false are booleans here (as in YAML 1.2).
A key given twice in one mapping is an error, as YAML 1.2 says it is.
"""
from __future__ import annotations

import re

import yaml

YAMLError = yaml.YAMLError


class DeckYamlLoader(yaml.SafeLoader):
    """SafeLoader whose booleans are only true / false, and which refuses a key given
    twice in one mapping (PyYAML keeps the last silently: a second `question:` pasted
    below the first would win without a word)."""

    def construct_mapping(self, node, deep=False):
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"found duplicate key \"{key_node.value}\"",
                        key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)


DeckYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
DeckYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def load(text: str):
    return yaml.load(text, Loader=DeckYamlLoader)
