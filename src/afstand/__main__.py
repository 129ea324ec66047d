from afstand.cli import main

main()
