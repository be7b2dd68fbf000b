"""The classes compiled as acyclic (`@mypyc_attr(acyclic=True)`): the cycle collector does not
track their objects, which is safe only if none of them can be part of a reference cycle. Each
holds strings, numbers, Decimals and other acyclic objects only (their annotations say so, and
mypy --strict holds the code to them), so no object it holds can hold it back."""

from __future__ import annotations

import ast
import re

from conftest import REPO
from presscan.wordtoken import Token, mypyc_attr

PACKAGE = REPO / "src" / "presscan"
# what an acyclic object may hold: objects that hold no other (and None), and containers of them
HOLDS_NOTHING = {"str", "int", "i64", "float", "bool", "Decimal", "None"}
CONTAINERS = {"dict", "list", "tuple"}


def _is_acyclic(decorator: ast.expr) -> bool:
    return (
        isinstance(decorator, ast.Call)
        and isinstance(decorator.func, ast.Name)
        and decorator.func.id == "mypyc_attr"
        and any(k.arg == "acyclic" and isinstance(k.value, ast.Constant) and k.value.value for k in decorator.keywords)
    )


def _acyclic_classes() -> dict[str, ast.ClassDef]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(_is_acyclic(d) for d in node.decorator_list):
                found[f"{path.stem}.{node.name}"] = node
    return found


def _annotations(cls: ast.ClassDef) -> list[str]:
    """The annotations of its __init__'s parameters and of its attributes set with one."""
    found = []
    for node in ast.walk(cls):
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            arguments = [*node.args.posonlyargs, *node.args.args[1:], *node.args.kwonlyargs]
            found += [ast.unparse(argument.annotation) for argument in arguments if argument.annotation]
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Attribute):
            found.append(ast.unparse(node.annotation))
    return found


def test_the_acyclic_classes_hold_nothing_that_could_hold_them() -> None:
    classes = _acyclic_classes()
    assert {"wordtoken.Token", "tokens.Island", "lexicon._Entry", "lexicon._Node", "lexicon._First"} <= set(classes)
    names = {name.split(".")[1] for name in classes}
    for name, cls in classes.items():
        for base in cls.bases:  # a base is acyclic too (mypyc refuses it otherwise)
            assert isinstance(base, ast.Name) and base.id in names, name
        for annotation in _annotations(cls):
            for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation):
                assert word in HOLDS_NOTHING | CONTAINERS | names, f"{name} holds {annotation}"
        # attributes set without an annotation are set from a parameter, a literal or a constant
        for node in ast.walk(cls):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Attribute):
                        assert isinstance(node.value, ast.Name | ast.Constant | ast.UnaryOp), ast.unparse(node)


def test_the_decorator_changes_nothing_in_python() -> None:
    """Without mypy_extensions (it is not one of presscan's dependencies), mypyc_attr is a
    decorator that gives the class back; with it, mypy_extensions' own does the same."""
    assert mypyc_attr(acyclic=True)(Token) is Token
    token = Token("增长", "v", 3, 5, 0, -1)
    assert (token.word, token.tag, token.start, token.end, token.kind, token.index) == ("增长", "v", 3, 5, 0, -1)
