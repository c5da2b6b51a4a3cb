"""The `deforestation` command: the plugin's runs without QGIS (docs/SCALING.md).

Installed by `pip install .` (pyproject.toml) with the console script `deforestation`; not part
of the plugin ZIP. Modules: main.py (the subcommands), classify.py, area.py (a region in
partitions on a Dask cluster: partitions.py, manifest.py, cluster.py, merge.py), compare.py,
gpkg_extras.py (the style and the provenance QGIS would store, written with GDAL and sqlite).
"""
