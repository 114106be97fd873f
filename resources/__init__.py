"""Files the app ships: translations, fonts, letter templates (package `leerwinkel_desk.resources`)."""
