"""What a raster is, for RESUME to tell whether an output was made from it: its product id and
acquisition date where known, else its size, grid and a hash of a few pixel windows. The path
is not part of it, so a moved or copied file with the same pixels is the same source."""
import hashlib
from pathlib import Path


# Windows of SAMPLE_PX pixels at the centre and the four corners of each band read.
SAMPLE_PX = 32


def _windows(width, height, size=SAMPLE_PX):
    w, h = min(size, width), min(size, height)
    spots = [((width - w) // 2, (height - h) // 2), (0, 0), (width - w, 0), (0, height - h),
             (width - w, height - h)]
    return [(x, y, w, h) for x, y in spots]


def pixel_sample(dataset, band_numbers) -> str:
    """SHA-256 (first 16 hex digits) of the pixels of a few windows of the bands."""
    digest = hashlib.sha256()
    for number in band_numbers:
        band = dataset.GetRasterBand(int(number))
        for x, y, w, h in _windows(dataset.RasterXSize, dataset.RasterYSize):
            digest.update(band.ReadRaster(x, y, w, h) or b"")
    return digest.hexdigest()[:16]


def source_identity(dataset, source, band_numbers, acquisition) -> dict:
    """The identity recorded in an output (core/output/provenance.py SOURCE_KEY); `acquisition`
    is core/imagery/s2_product.py acquisition()'s (date, id) of the raster, which the run has
    already read."""
    image_date, image_id = acquisition
    identity = {"name": Path(str(source)).name, "image_id": image_id, "image_date": image_date}
    if image_id:
        return identity  # a product id says it; no pixel is read (a streamed scene stays cheap)
    srs = dataset.GetProjectionRef() or ""
    identity.update({
        "size": [dataset.RasterXSize, dataset.RasterYSize],
        "geotransform": [round(v, 6) for v in dataset.GetGeoTransform()],
        "crs": hashlib.sha256(srs.encode("utf-8")).hexdigest()[:16],
        "sample": pixel_sample(dataset, band_numbers),
    })
    return identity
