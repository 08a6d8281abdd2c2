"""Report formats beyond text and HTML: PDF (text layer) and Word (.docx)."""
