from .main_window import MainWindow
from .pages import PAGES, PageContext, PageSpec

__all__ = ["MainWindow", "PAGES", "PageContext", "PageSpec"]
