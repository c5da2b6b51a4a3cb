"""Settings from environment variables (DEFORESTATION_*, HF_*): one way to read and parse them.

A variable that is unset, empty or only whitespace counts as unset; values are read without
their surrounding whitespace. Flags are on for 1, true, yes or on (any case).

QGIS-free and standard library only: core/ and models/ use it as well as the settings.
"""
import os

TRUE_WORDS = ("1", "true", "yes", "on")


def env_text(name: str, environ=None) -> str:
    """The variable's value without surrounding whitespace; "" when it is unset.

    environ: a mapping to read instead of os.environ."""
    environ = os.environ if environ is None else environ
    return (environ.get(name) or "").strip()


def env_flag(name: str, environ=None) -> bool:
    """True when the variable is set to 1, true, yes or on (any case)."""
    return parse_flag(env_text(name, environ))


def parse_flag(value) -> bool:
    """A bool as it is; anything else is True when its text is 1, true, yes or on."""
    return value if isinstance(value, bool) else str(value).strip().lower() in TRUE_WORDS


def parse_as(kind, value):
    """`value` as the type `kind`: bool by parse_flag, any other type by kind(value).
    Raises ValueError or TypeError when the value does not parse."""
    return parse_flag(value) if kind is bool else kind(value)


def env_overrides(overrides, kinds, environ=None) -> dict:
    """{field: value} for the variables of `overrides` ({variable: field name}) that are set,
    each parsed as kinds[field] by parse_as; values that do not parse are left out."""
    changes = {}
    for variable, name in overrides.items():
        raw = env_text(variable, environ)
        if not raw:
            continue
        try:
            changes[name] = parse_as(kinds[name], raw)
        except (TypeError, ValueError):
            continue
    return changes
