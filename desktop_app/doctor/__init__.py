"""The connection doctor: every link from this PC to apaleo checked, named and explained.

Qt-free; the window (``ui/doctor_window.py``), ``apaleo-inspector doctor`` and the support report
all run :func:`desktop_app.doctor.checks.run_doctor` and show the same
:class:`~desktop_app.doctor.model.Result` list. Nothing is imported here, so that ``--help``
(which registers the doctor's commands) loads no HTTP library.
"""
