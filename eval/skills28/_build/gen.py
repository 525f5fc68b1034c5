import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine, cases_en, cases_intl, cases_more
labels = engine.build(); print(len(labels), "cases")
