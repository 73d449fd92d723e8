from .main_window import MainWindow
from .pages import PAGES, PageContext, PageSpec

__all__ = ["PAGES", "MainWindow", "PageContext", "PageSpec"]
