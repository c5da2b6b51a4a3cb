"""How many image tokens the vision projector makes of a chip: set explicitly, never left to
llama.cpp's default (docs/MODEL.md, "Image tokens").

LFM2's projector resizes an image so that its token count lies between a minimum and a maximum.
llama-cpp-python 0.3.36 (whose llama.cpp ran the model card's evaluation) uses 64 and 256 for
LFM2 when nothing is asked (clip.cpp set_limit_image_tokens(64, 256)): a 100 x 100 chip is
upscaled to 256 x 256 and becomes 64 tokens. A later llama.cpp may change that default, and with
it the model's input; every path therefore asks for these values itself: the scoring engine
(mtmd_context_params), the recipe engine (the chat handler's mtmd context) and the managed
llama-server (--image-min-tokens / --image-max-tokens). A run records them (RUN_SETTINGS).
"""

# LFM2's limits in llama.cpp as vendored by llama-cpp-python 0.3.36 (the card's evaluation).
IMAGE_MIN_TOKENS = 64
IMAGE_MAX_TOKENS = 256
# What a 100 x 100 chip becomes with them (tests/integration/test_image_tokens.py checks it).
CHIP_IMAGE_TOKENS = 64
# llama-server's options for them.
SERVER_MIN_OPTION = "--image-min-tokens"
SERVER_MAX_OPTION = "--image-max-tokens"


def image_token_limits() -> list:
    """[minimum, maximum], as RUN_SETTINGS records them (core/run_settings.py)."""
    return [IMAGE_MIN_TOKENS, IMAGE_MAX_TOKENS]


def set_limits(params, minimum=IMAGE_MIN_TOKENS, maximum=IMAGE_MAX_TOKENS):
    """mtmd_context_params with the image token limits set; returned for chaining."""
    params.image_min_tokens = int(minimum)
    params.image_max_tokens = int(maximum)
    return params


def server_arguments(minimum=IMAGE_MIN_TOKENS, maximum=IMAGE_MAX_TOKENS) -> list:
    """llama-server's command-line arguments for the limits."""
    return [SERVER_MIN_OPTION, str(int(minimum)), SERVER_MAX_OPTION, str(int(maximum))]


class LimitedMtmd:
    """llama_cpp.mtmd_cpp with mtmd_context_params_default() returning the limits set: given
    to llama-cpp-python's MTMDChatHandler (its `_mtmd_cpp`, 0.3.36), whose own mtmd context then
    asks for them; every other name is the module's own."""

    def __init__(self, mtmd_cpp, minimum=IMAGE_MIN_TOKENS, maximum=IMAGE_MAX_TOKENS):
        self._module = mtmd_cpp
        self._limits = (minimum, maximum)

    def mtmd_context_params_default(self):
        return set_limits(self._module.mtmd_context_params_default(), *self._limits)

    def __getattr__(self, name):
        return getattr(self._module, name)
