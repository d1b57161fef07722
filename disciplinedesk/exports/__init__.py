"""Exports for the district and for analysts (CSV; Ed-Fi XML). Every export is a disclosure."""
