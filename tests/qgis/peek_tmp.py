from test_plugin_gui import *  # noqa

def test_peek(plugin, qgis_iface, s2_layer, plugin_settings, tmp_path, tiny_models):
    bad = tmp_path / "bad.gguf"; bad.write_bytes(b"xx")
    plugin_settings(model_path=str(bad), mmproj_path=str(bad))
    plugin.action.trigger(); wait_until_done(plugin.flow)
    print("CRIT", qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical))
    qgis_iface.messageBar().clear_messages()
    plugin_settings(model_path=str(tiny_models[0]), mmproj_path=str(tiny_models[1]))
    plugin.action.trigger(); wait_until_done(plugin.flow)
    for lvl in (Qgis.MessageLevel.Info, Qgis.MessageLevel.Success):
        print("MSG", qgis_iface.messageBar().get_messages(lvl))
    print("OUT", plugin.flow.last_layer.source())
