"""toolbelt/environment.py: the one reader of DEFORESTATION_* and HF_* variables."""
from deforestation_classifier.toolbelt.environment import (
    env_flag,
    env_overrides,
    env_text,
    parse_as,
    parse_flag,
)


def test_text_is_trimmed_and_unset_is_empty():
    environ = {"A": "  /models/x  ", "B": "", "C": "   "}
    assert env_text("A", environ) == "/models/x"
    assert env_text("B", environ) == env_text("C", environ) == env_text("D", environ) == ""


def test_flags():
    for value, on in (("1", True), ("true", True), (" Yes ", True), ("ON", True), ("0", False),
                      ("false", False), ("no", False), ("", False), ("2", False)):
        assert env_flag("F", {"F": value}) is on, value
    assert env_flag("F", {}) is False
    assert parse_flag(True) is True and parse_flag(False) is False


def test_values_parse_as_their_field_type():
    assert parse_as(int, "4") == 4 and parse_as(float, "2.5") == 2.5
    assert parse_as(bool, "off") is False and parse_as(str, "x") == "x"


def test_overrides_leave_out_unset_and_unparsable_values():
    overrides = {"V_INT": "n", "V_FLOAT": "t", "V_BOOL": "b", "V_STR": "s", "V_UNSET": "u"}
    kinds = {"n": int, "t": float, "b": bool, "s": str, "u": int}
    environ = {"V_INT": "three", "V_FLOAT": " 7.5 ", "V_BOOL": "yes", "V_STR": " model ",
               "V_UNSET": ""}
    assert env_overrides(overrides, kinds, environ) == {"t": 7.5, "b": True, "s": "model"}
