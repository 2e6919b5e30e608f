"""Celery tasks of the training app (scheduled by beat only when the operator sets it up)."""

from celery import shared_task

from training.services import model_retrain_scheduled


@shared_task(ignore_result=True)
def retrain_model() -> str:
    return model_retrain_scheduled()
