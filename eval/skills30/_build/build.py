#!/usr/bin/env python3
import render, cases_a, cases_b, cases_c, cases_d
render.build()
