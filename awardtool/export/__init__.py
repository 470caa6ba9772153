"""Export: the curated records to Word (GB/T 9704 公文格式) and Excel (print-ready 汇总表)."""
