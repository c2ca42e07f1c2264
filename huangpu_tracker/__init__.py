"""Huangpu Tracker: plan targets of Guangzhou's Huangpu district, extracted, reviewed and assessed."""

__version__ = "0.1.0"
APP_NAME = "huangpu-tracker"
