"""The FastAPI application factory."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import API_PREFIX, API_VERSION, meta
from .auth import oauth_router, pages, two_step
from .auth import router as auth_router
from .config import Settings
from .db import initialise
from .extraction import router as extraction_router
from .extraction.pipeline import ExtractionWorkers
from .http_errors import install_error_handlers
from .privacy import router as privacy_router
from .privacy.usage import install_usage_recording
from .requests import router as requests_router
from .requests.fulfilment import resume_unfinished
from .tickets import router as tickets_router
from .tickets import storage
from .uploads import router as uploads_router

# One line per domain; each router's paths are relative to API_PREFIX.
ROUTERS = (
    meta.router,
    auth_router.router,
    oauth_router.router,
    privacy_router.router,
    requests_router.router,
    uploads_router.router,
    extraction_router.router,  # before tickets: /tickets/export is not a ticket id
    tickets_router.router,
)


def create_app(settings: Settings) -> FastAPI:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    initialise(settings.database)
    resume_unfinished(settings)  # privacy requests the service stopped working on
    storage.clean_work_dir(settings, older_than=0)  # half-made copies of killed processes (not of running ones)
    two_step.key(settings)  # made now if missing: a key file that cannot be used stops the start, not a sign-in
    workers = ExtractionWorkers(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        # Reading tickets runs beside the requests while the app serves (server/extraction/pipeline.py).
        workers.start()
        try:
            yield
        finally:
            workers.stop()

    app = FastAPI(
        lifespan=lifespan,
        title="Ticket Pros API",
        version=f"{API_VERSION}.0",
        description="Reference implementation of the Ticket Pros service API.",
    )
    app.state.settings = settings
    app.state.extraction = workers
    install_error_handlers(app)
    install_usage_recording(app, settings)
    for router in ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    # Outside the API prefix: pages for a browser, and RFC 8414's well-known address.
    app.include_router(pages.router)
    app.include_router(oauth_router.well_known)
    return app
