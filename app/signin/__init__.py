from .window import SignInWindow

__all__ = ["SignInWindow"]
