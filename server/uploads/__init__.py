"""Resumable uploads (tus 1.0.0) that become tickets."""
