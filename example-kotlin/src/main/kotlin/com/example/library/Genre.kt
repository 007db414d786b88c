package com.example.library

/** Stored by name: the processor writes a check constraint listing these. */
enum class Genre { FICTION, HISTORY, SCIENCE, POETRY }
