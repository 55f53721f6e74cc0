"""Reusable Streamlit pieces. The core (baitlab/) never imports from here."""
