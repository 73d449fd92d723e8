"""The Uploads page: drop zone, persistent queue view, per-file and total progress."""

from .model import QueueBridge, UploadQueueModel
from .page import UploadsPage

__all__ = ["QueueBridge", "UploadQueueModel", "UploadsPage"]
