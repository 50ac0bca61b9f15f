from reformkg.cli import main

main()
