"""Quizzes: YAML quiz files, the quiz engine, attempt tracking and training-evaluation reports."""
