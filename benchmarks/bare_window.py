"""The yardstick: a bare PySide6 window (QMainWindow + 10-row QTableView), started like the app.

Run as a child process by ``benchmarks/run.py``; prints ``PROBE first-paint <CLOCK_MONOTONIC s>`` on
stderr when the window has painted once, then quits.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class _FirstPaint(QObject):
    """Reports the first paint of the watched window, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"PROBE first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    model = QStandardItemModel(10, 3)
    for row in range(10):
        for col in range(3):
            model.setItem(row, col, QStandardItem(f"r{row}c{col}"))
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    probe = _FirstPaint()
    view.viewport().installEventFilter(probe)
    window.resize(800, 500)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
