"""The QGraphicsScene and View that draw the board, and one item class per kind."""
