"""The Uploads page: drop zone, persistent queue view, per-file and total progress."""

from .model import ProgressDelegate, QueueBridge, UploadQueueModel
from .page import UploadsPage

__all__ = ["ProgressDelegate", "QueueBridge", "UploadQueueModel", "UploadsPage"]
