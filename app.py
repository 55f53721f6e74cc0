"""Bait Lab: the router. Pages live in views/; this file only says which pages exist."""

import streamlit as st

st.set_page_config(page_title="Bait Lab", page_icon="assets/favicon.png", layout="wide")
pages = [
    st.Page("views/library.py", title="Library", icon=":material/local_library:", default=True),
    st.Page("views/read.py", title="Reader", icon=":material/menu_book:", url_path="read"),
    st.Page("views/quiz.py", title="Quiz", icon=":material/quiz:", url_path="quiz"),
    st.Page("views/lessons.py", title="Lessons", icon=":material/school:", url_path="lessons"),
    st.Page("views/check.py", title="Check a text", icon=":material/fact_check:", url_path="check"),
]
st.navigation(pages).run()
