"""PDFs (reportlab) built from domain objects: questionnaire copies, later the assessment.

Qt-free and storage-free: the services gather the data, this layer only lays it out.
"""

from __future__ import annotations
