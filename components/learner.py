"""Who is learning: a random token kept in a cookie, so progress survives a page reload.

Nothing personal is stored: the token is random, and it lives only in this browser.
"""

from __future__ import annotations

import streamlit as st

from baitlab.store import LEARNER_TOKEN, new_learner

COOKIE = "baitlab_learner"
# The token is ours (letters, digits, - and _ only), never a learner's text.
SET_COOKIE = (
    "<script>document.cookie = '" + COOKIE + "={token}; path=/; max-age=31536000; "
    "SameSite=Lax';</script>"
)


def learner() -> str:
    """Gives this browser's learner token, creating and remembering one the first time."""
    try:
        token = st.context.cookies.get(COOKIE)
    except Exception:  # no browser behind this session (e.g. AppTest)
        token = None
    if isinstance(token, str) and LEARNER_TOKEN.match(token):
        st.session_state["learner"] = token
        return token
    token = st.session_state.get("learner") or new_learner()
    st.session_state["learner"] = token
    st.html(SET_COOKIE.format(token=token), unsafe_allow_javascript=True)
    return token
