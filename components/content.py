"""Loads content and warms the heavy libraries once per server process, not once per rerun."""

from __future__ import annotations

import gc

import streamlit as st

from baitlab import LESSONS_DIR, samples_dir
from baitlab.analysis import analyze
from baitlab.content import Library, Sample, load_library
from baitlab.html import markdown_literal
from baitlab.lessons import Course, load_course
from baitlab.store import Store
from baitlab.techniques import Catalogue, load_catalogue


@st.cache_resource(show_spinner=False)
def _warm() -> bool:
    # One analysis loads textstat's dictionary, VADER's lexicon, the cues with their index of
    # beginnings and the headline model; then freeze them so Python's garbage collector stops
    # walking their objects on every rerun.
    analyze("Warm The Detector's Index Of Cue Beginnings And The Headline Model Up!")
    gc.freeze()
    return True


@st.cache_resource(show_spinner=False)
def catalogue() -> Catalogue:
    """Gives the technique catalogue (a broken catalogue stops the app with its problems)."""
    return load_catalogue()


def _fingerprint() -> tuple:
    # Reload the library when a sample file changes, so a teacher's new sample shows up
    # without restarting the server.
    folder = samples_dir()
    return (str(folder),) + tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.iterdir()))


@st.cache_resource(show_spinner=False, max_entries=2)
def _library(fingerprint: tuple) -> Library:
    return load_library(catalogue(), samples_dir())


def library() -> Library:
    """Gives every sample that loads, and the problems of those that do not."""
    _warm()
    return _library(_fingerprint())


@st.cache_data(show_spinner=False, max_entries=64)
def analysis(text: str) -> dict:
    """Gives the detector's analysis of a text, cached by the text itself."""
    _warm()
    return analyze(text)


@st.cache_resource(show_spinner=False, max_entries=2)
def _course(fingerprint: tuple) -> Course:
    return load_course(catalogue(), library())


def course() -> Course:
    """Gives the lessons in order (reloaded when a lesson or sample file changes)."""
    folder = LESSONS_DIR
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.yaml")))
    return _course(stamp + _fingerprint())


@st.cache_resource(show_spinner=False)
def store() -> Store:
    """Gives the one database connection pool the whole server shares."""
    return Store()


def sample_from_query(lib: Library) -> Sample | None:
    """Gives the sample named by ?sample=<id>, or None (and says so) when it is unknown."""
    wanted = st.query_params.get("sample")
    if wanted is None:
        return None
    sample = lib.get(wanted)
    if sample is None:
        st.warning(
            f"There is no sample called “{markdown_literal(wanted)}”. Pick one below.",
            icon=":material/search:",
        )
    return sample
