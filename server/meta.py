"""``/meta`` (under the API prefix): lets a client check it talks to a compatible Ticket Pros service."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from . import API_VERSION, SERVICE_NAME
from .deps import SettingsDep

router = APIRouter(tags=["meta"])


class MetaOut(BaseModel):
    service: str
    api_version: int
    max_upload_size: int


@router.get("/meta", response_model=MetaOut, summary="Service identity and limits")
def meta(settings: SettingsDep) -> MetaOut:
    return MetaOut(
        service=SERVICE_NAME, api_version=API_VERSION, max_upload_size=settings.max_upload_size
    )
