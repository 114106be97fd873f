"""The design system: palette, type ramp and spacing, one style sheet, icons and shared widgets."""
