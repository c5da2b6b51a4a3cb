"""Where the model runs: the backends a user chooses in the settings (toolbelt/preferences.py)."""
BACKEND_LLAMA_CPP = "llama_cpp"  # embedded llama.cpp (llama-cpp-python) in QGIS's Python
BACKEND_SERVER = "openai_server"  # an OpenAI-compatible server (llama-server, vLLM, ...)
BACKENDS = (BACKEND_LLAMA_CPP, BACKEND_SERVER)
