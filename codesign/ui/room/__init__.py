"""The facilitator's side of room mode: the Room panel, the QR code and the join card on the
projector. The engine (server, shared document) is `codesign.room`."""
