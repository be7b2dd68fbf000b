from presscan.cli import main

main()
