"""Densification potential: allowed floor area from plan rules, constraints and jobs."""
