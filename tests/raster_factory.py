"""Synthetic Sentinel-2 rasters for tests and benchmarks, written with GDAL."""
import numpy as np
from osgeo import gdal, osr

DEFAULT_DESCRIPTIONS = ("B08", "B04", "B03")


def write_s2_stack(path, bands, *, origin, pixel_size=10.0, epsg=32633,
                   descriptions=DEFAULT_DESCRIPTIONS, nodata=None, dtype=gdal.GDT_UInt16):
    """Write arrays (list of (rows, cols)) as a GeoTIFF stack; origin = (xmin, ymax)."""
    rows, cols = bands[0].shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, len(bands), dtype,
                                              options=["TILED=YES", "COMPRESS=DEFLATE"])
    ds.SetGeoTransform((origin[0], pixel_size, 0.0, origin[1], 0.0, -pixel_size))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    for i, array in enumerate(bands):
        band = ds.GetRasterBand(i + 1)
        band.WriteArray(array)
        if i < len(descriptions):
            band.SetDescription(descriptions[i])
        if nodata is not None:
            band.SetNoDataValue(nodata)
    ds.FlushCache()
    ds = None
    return str(path)


def patterned_bands(rows, cols, seed=0):
    """NIR, Red, Green DN arrays whose 1 km blocks differ (forest-like, cleared-like, bare)."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:rows, 0:cols]
    block = (yy // 100) * 7 + (xx // 100) * 3
    nir = (800 + (block * 397) % 4200 + rng.integers(0, 300, (rows, cols))).astype(np.uint16)
    red = (200 + (block * 211) % 2600 + rng.integers(0, 200, (rows, cols))).astype(np.uint16)
    green = (300 + (block * 157) % 1900 + rng.integers(0, 200, (rows, cols))).astype(np.uint16)
    return [nir, red, green]


# --- a SAFE L2A product, as the Copernicus Data Space delivers it ---------------------------------
SAFE_TILE = "T33UUU"
SAFE_SENSING = "20240715T095559"
SAFE_GRANULE = "L2A_T33UUU_A038123_20240715T095815"
SAFE_ORIGIN = (500000.0, 5802000.0)  # whole kilometres: 200 x 200 px at 10 m are 4 tiles
SAFE_BAND_IDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10",
                 "B11", "B12")


def safe_name(baseline="05.10"):
    """S2B_MSIL2A_20240715T095559_N0510_R122_T33UUU_20240715T121523.SAFE for baseline 05.10."""
    return (f"S2B_MSIL2A_{SAFE_SENSING}_N{baseline.replace('.', '')}_R122_{SAFE_TILE}_"
            "20240715T121523.SAFE")


def safe_l2a_values(rows=200, cols=200, seed=3):
    """Raw DN of B02, B03, B04, B08 as a baseline 04.00+ product stores them (contract DN +
    1000), with a nodata (0) corner and a few dark pixels below 1000 (negative reflectance)."""
    contract = dict(zip(("B08", "B04", "B03"), patterned_bands(rows, cols, seed)))
    contract["B02"] = (contract["B03"] * 0.8).astype(np.uint16)
    values = {band: (array.astype(np.int32) + 1000).astype(np.uint16)
              for band, array in contract.items()}
    for array in values.values():
        array[:5, :7] = 0  # nodata
        array[-3:, -4:] = 900  # below the offset: clipped to black
    return values


def single_band_mem(array, origin, pixel_size, epsg):
    """A north-up in-memory band (uint8 for SCL, uint16 else) with origin (xmin, ymax)."""
    rows, cols = array.shape
    dtype = gdal.GDT_Byte if array.dtype == np.uint8 else gdal.GDT_UInt16
    mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, dtype)
    mem.SetGeoTransform((origin[0], pixel_size, 0.0, origin[1], 0.0, -pixel_size))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    mem.SetProjection(srs.ExportToWkt())
    mem.GetRasterBand(1).WriteArray(array)
    return mem


def _jp2(path, array, pixel_size, epsg=32633, origin=SAFE_ORIGIN):
    """Lossless JPEG 2000 (OpenJPEG, reversible wavelet), georeferenced like Sentinel-2's."""
    mem = single_band_mem(array, origin, pixel_size, epsg)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = gdal.GetDriverByName("JP2OpenJPEG").CreateCopy(
        str(path), mem, options=["QUALITY=100", "REVERSIBLE=YES"])
    out = None
    mem = None
    return path


def _product_xml(baseline, image_files):
    offsets = ""
    if float(baseline) >= 4.0:
        offsets = "<BOA_ADD_OFFSET_VALUES_LIST>" + "".join(
            f'<BOA_ADD_OFFSET band_id="{i}">-1000</BOA_ADD_OFFSET>'
            for i in range(len(SAFE_BAND_IDS))) + "</BOA_ADD_OFFSET_VALUES_LIST>"
    files = "".join(f"<IMAGE_FILE>{name}</IMAGE_FILE>" for name in image_files)
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<n1:Level-2A_User_Product xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/User_Product_Level-2A.xsd">
  <n1:General_Info>
    <Product_Info>
      <PRODUCT_START_TIME>2024-07-15T09:55:59.024Z</PRODUCT_START_TIME>
      <PRODUCT_STOP_TIME>2024-07-15T09:55:59.024Z</PRODUCT_STOP_TIME>
      <PRODUCT_URI>{safe_name(baseline)}</PRODUCT_URI>
      <PROCESSING_LEVEL>Level-2A</PROCESSING_LEVEL>
      <PRODUCT_TYPE>S2MSI2A</PRODUCT_TYPE>
      <PROCESSING_BASELINE>{baseline}</PROCESSING_BASELINE>
      <GENERATION_TIME>2024-07-15T12:15:23.000000Z</GENERATION_TIME>
      <Datatake datatakeIdentifier="GS2B_20240715T095559_038123_N{baseline}">
        <SPACECRAFT_NAME>Sentinel-2B</SPACECRAFT_NAME>
        <DATATAKE_TYPE>INS-NOBS</DATATAKE_TYPE>
        <DATATAKE_SENSING_START>2024-07-15T09:55:59.024Z</DATATAKE_SENSING_START>
        <SENSING_ORBIT_NUMBER>122</SENSING_ORBIT_NUMBER>
        <SENSING_ORBIT_DIRECTION>DESCENDING</SENSING_ORBIT_DIRECTION>
      </Datatake>
      <Query_Options completeSingleTile="true"><PRODUCT_FORMAT>SAFE_COMPACT</PRODUCT_FORMAT></Query_Options>
      <Product_Organisation><Granule_List>
        <Granule granuleIdentifier="S2B_OPER_MSI_L2A_TL_2BPS_20240715T121523_A038123_T33UUU_N{baseline}" imageFormat="JPEG2000">{files}</Granule>
      </Granule_List></Product_Organisation>
    </Product_Info>
    <Product_Image_Characteristics>
      <Special_Values><SPECIAL_VALUE_TEXT>NODATA</SPECIAL_VALUE_TEXT><SPECIAL_VALUE_INDEX>0</SPECIAL_VALUE_INDEX></Special_Values>
      <Special_Values><SPECIAL_VALUE_TEXT>SATURATED</SPECIAL_VALUE_TEXT><SPECIAL_VALUE_INDEX>65535</SPECIAL_VALUE_INDEX></Special_Values>
      <QUANTIFICATION_VALUES_LIST><BOA_QUANTIFICATION_VALUE unit="none">10000</BOA_QUANTIFICATION_VALUE></QUANTIFICATION_VALUES_LIST>
      {offsets}
    </Product_Image_Characteristics>
  </n1:General_Info>
</n1:Level-2A_User_Product>
"""


def _tile_xml(rows, cols, epsg=32633, origin=SAFE_ORIGIN):
    sizes = "".join(f'<Size resolution="{r}"><NROWS>{rows * 10 // r}</NROWS>'
                    f'<NCOLS>{cols * 10 // r}</NCOLS></Size>' for r in (10, 20, 60))
    positions = "".join(f'<Geoposition resolution="{r}"><ULX>{origin[0]:.0f}</ULX>'
                        f'<ULY>{origin[1]:.0f}</ULY><XDIM>{r}</XDIM><YDIM>-{r}</YDIM>'
                        "</Geoposition>" for r in (10, 20, 60))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<n1:Level-2A_Tile_ID xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/S2_PDI_Level-2A_Tile_Metadata.xsd">
  <n1:Geometric_Info><Tile_Geocoding>
    <HORIZONTAL_CS_NAME>WGS84 / UTM zone 33N</HORIZONTAL_CS_NAME>
    <HORIZONTAL_CS_CODE>EPSG:{epsg}</HORIZONTAL_CS_CODE>{sizes}{positions}
  </Tile_Geocoding></n1:Geometric_Info>
</n1:Level-2A_Tile_ID>
"""


def write_safe_l2a(root, *, baseline="05.10", values=None, with_xml=True):
    """A SAFE-like L2A product under root: MTD_MSIL2A.xml (BOA_ADD_OFFSET list from baseline
    04.00 on, baseline, product URI, start time; left out without with_xml), the granule's
    MTD_TL.xml, and lossless JPEG 2000 bands: R10m B02, B03, B04, B08 (values, raw DN, 200 x
    200 px by default) and R20m B03, B04, B8A, SCL (every other pixel; SCL all vegetation).
    Returns the SAFE folder."""
    from pathlib import Path

    values = values if values is not None else safe_l2a_values()
    rows, cols = values["B08"].shape
    safe = Path(root) / safe_name(baseline)
    granule = safe / "GRANULE" / SAFE_GRANULE
    prefix = f"{SAFE_TILE}_{SAFE_SENSING}"
    image_files = []
    for band in ("B02", "B03", "B04", "B08"):
        _jp2(granule / "IMG_DATA" / "R10m" / f"{prefix}_{band}_10m.jp2", values[band], 10.0)
        image_files.append(f"GRANULE/{SAFE_GRANULE}/IMG_DATA/R10m/{prefix}_{band}_10m")
    twenty = {"B03": values["B03"][::2, ::2], "B04": values["B04"][::2, ::2],
              "B8A": values["B08"][::2, ::2],
              "SCL": np.full((rows // 2, cols // 2), 4, np.uint8)}
    for band, array in twenty.items():
        _jp2(granule / "IMG_DATA" / "R20m" / f"{prefix}_{band}_20m.jp2", array, 20.0)
        image_files.append(f"GRANULE/{SAFE_GRANULE}/IMG_DATA/R20m/{prefix}_{band}_20m")
    (granule / "MTD_TL.xml").write_text(_tile_xml(rows, cols), encoding="utf-8")
    if with_xml:
        (safe / "MTD_MSIL2A.xml").write_text(_product_xml(baseline, image_files),
                                             encoding="utf-8")
    return safe
