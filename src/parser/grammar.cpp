// Placeholder until the X3 grammar lands (see quantity_parser.cpp).
