"""Where the model runs: the backends a user chooses in the settings (settings.py)."""
BACKEND_LLAMA_CPP = "llama_cpp"  # embedded llama.cpp (llama-cpp-python) in QGIS's Python
BACKEND_SERVER = "openai_server"  # an OpenAI-compatible server (llama-server, vLLM, ...)
# A local llama-server binary the plugin starts and stops (core/inference/managed_server.py)
BACKEND_MANAGED = "managed_llama_server"
BACKENDS = (BACKEND_LLAMA_CPP, BACKEND_SERVER, BACKEND_MANAGED)
