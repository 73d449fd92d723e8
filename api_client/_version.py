"""The SDK's version: its own module, so that any module may import it
(``api_client/__init__.py`` imports everything else) and setuptools can read it
without importing httpx."""

__version__ = "0.1.0"
