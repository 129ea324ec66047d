"""Hours that count: what each professional register accepts as supervision and intervision
(its profile, as data), the progress towards it, and the evidence documents it asks for."""
