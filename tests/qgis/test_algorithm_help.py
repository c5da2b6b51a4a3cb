"""Every parameter of every algorithm has its help text from the help table
(processing_provider/help.py), and the help panel shows the summary and a table of them."""
from deforestation_classifier.processing_provider.help import HELP


def algorithms(provider):
    return sorted(provider.algorithms(), key=lambda a: a.name())


def test_every_parameter_has_a_help_text_in_the_table(provider):
    found = algorithms(provider)
    assert {a.name() for a in found} == set(HELP)
    for algorithm in found:
        texts = HELP[algorithm.name()].parameters
        names = [p.name() for p in algorithm.parameterDefinitions()]
        assert set(names) == set(texts), algorithm.name()  # none missing, none left over
        for parameter in algorithm.parameterDefinitions():
            expected = texts[parameter.name()]
            shown = parameter.help()
            if "{}" in expected:  # a default read from the settings, filled in
                before, after = expected.split("{}")
                assert shown.startswith(before) and shown.endswith(after), shown
                assert len(shown) > len(before) + len(after), shown
            else:
                assert shown == expected, (algorithm.name(), parameter.name())


def test_the_help_panel_shows_the_summary_then_a_table_of_the_parameters(provider):
    for algorithm in algorithms(provider):
        text = algorithm.shortHelpString()
        summary = HELP[algorithm.name()].summary
        assert text.startswith(summary + "\n\n<table"), algorithm.name()
        table = text[len(summary) + 2:]
        # One line: the dialog wraps each line of the help in a paragraph.
        assert "\n" not in table and table.endswith("</table>")
        assert table.count("<tr>") == 1 + len(algorithm.parameterDefinitions())
        for parameter in algorithm.parameterDefinitions():
            assert f"<br>{parameter.name()}</td>" in table
